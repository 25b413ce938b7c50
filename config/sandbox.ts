import env from '#start/env'

/**
 * The demo's channel sandbox (local SMTP server and SMS gateway on
 * loopback). Off unless CHANNEL_SANDBOX=true; `./vejviser demo` turns it
 * on. Ports follow the app's PORT (+1 SMTP, +2 SMS) unless set.
 */
const port = env.get('PORT')

const sandboxConfig = {
  enabled: env.get('CHANNEL_SANDBOX') ?? false,
  smtpPort: env.get('SANDBOX_SMTP_PORT') ?? port + 1,
  smsPort: env.get('SANDBOX_SMS_PORT') ?? port + 2,
}

export default sandboxConfig
