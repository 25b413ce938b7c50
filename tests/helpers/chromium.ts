import { chromium } from 'playwright'

/**
 * Debian's Chromium, headless, with every background connection switched
 * off (the machine has no internet; Chromium would retry forever).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function launchChromium(options: { headless?: boolean; slowMo?: number } = {}) {
  return chromium.launch({
    ...options,
    headless: true,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
}
