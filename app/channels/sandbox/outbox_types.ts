/**
 * The outbox page's props, shared by the server's transformer and the page
 * (this file imports nothing, so the client build can read it).
 */
export type SandboxStatus = 'accepted' | 'delivered' | 'failed'

export type SandboxMessageDto = {
  id: number
  channel: 'email' | 'sms'
  from: string
  to: string
  subject: string | null
  text: string
  status: SandboxStatus
  segments: number | null
  receivedAt: string
}
