import { test } from '@japa/runner'
import { chatTokens } from '#services/chat/chat_tokens'
import { demoUser, kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { BrowserLike } from '#tests/helpers/browser_like'
import { enableChat, openChat } from '#tests/helpers/chat'
import { sseClientsFor } from '#tests/helpers/sse'
import { staffSessionCookie } from '#tests/helpers/staff_stream'
import { isolateEachTest } from '#tests/helpers/transactions'

/**
 * A staff stream uid is signed for a user and travels in URLs. It must
 * not outlive the session: every subscribe is checked against the session
 * the request carries (app/services/chat/staff_stream_session.ts).
 */
test.group('Live chat streams: staff uid bound to the session', (group) => {
  isolateEachTest(group)
  const sse = sseClientsFor(group)

  test('a uid copied from a console subscribes to nothing after logout', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    const chat = await openChat(client, soroe)
    const staff = await demoUser('medarbejder@soroe.dk')
    const queue = `chat/kommuner/${soroe.id}/queue`
    const conversation = `chat/conversations/${chat.conversationId}`

    // A real login through the form, as the console's browser tab would.
    const tab = new BrowserLike()
    const login = await tab.login('medarbejder@soroe.dk')
    assert.equal(login.headers.get('location'), '/staff')
    const uid = chatTokens.streamUid({ kind: 'staff', userId: staff.id })
    const live = sse(uid, tab.cookieHeader)
    assert.equal(await live.connect(), 200)
    assert.equal(await live.subscribe(queue), 204)
    assert.equal(await live.subscribe(conversation), 204)

    // The uid alone (copied from a URL, no session) is refused.
    const copied = sse(uid)
    assert.equal(await copied.connect(), 200)
    assert.isAtLeast(await copied.subscribe(queue), 400)

    // After logout the same uid and the old cookie are refused too.
    const oldCookie = tab.cookieHeader
    const logout = await tab.request('/logout', { method: 'POST' })
    assert.equal(logout.status, 302)
    const replay = sse(uid, oldCookie)
    await replay.connect()
    assert.isAtLeast(await replay.subscribe(queue), 400)
    assert.isAtLeast(await replay.subscribe(conversation), 400)
  })

  test("another staff member's session does not carry a uid signed for someone else", async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    await openChat(client, soroe)
    const owner = await demoUser('medarbejder@soroe.dk')
    const other = await demoUser('leder@soroe.dk')
    const otherSession = await staffSessionCookie(other.id)
    const uid = chatTokens.streamUid({ kind: 'staff', userId: owner.id })
    const stream = sse(uid, otherSession.cookie)
    await stream.connect()
    assert.isAtLeast(await stream.subscribe(`chat/kommuner/${soroe.id}/queue`), 400)
  })

  test('a revoked session ("log out everywhere") or an idle one subscribes to nothing', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    await openChat(client, soroe)
    const staff = await demoUser('medarbejder@soroe.dk')
    const queue = `chat/kommuner/${soroe.id}/queue`
    const uid = chatTokens.streamUid({ kind: 'staff', userId: staff.id })

    const idle = await staffSessionCookie(staff.id)
    await idle.store.write(idle.sessionId, {
      auth_web: staff.id,
      auth_generation: 0,
      auth_last_seen_at: Date.now() - 31 * 60 * 1000,
    })
    const idleStream = sse(uid, idle.cookie)
    await idleStream.connect()
    assert.isAtLeast(await idleStream.subscribe(queue), 400)

    const revoked = await staffSessionCookie(staff.id)
    staff.sessionGeneration = (staff.sessionGeneration ?? 0) + 1
    await staff.save()
    const revokedStream = sse(uid, revoked.cookie)
    await revokedStream.connect()
    assert.isAtLeast(await revokedStream.subscribe(queue), 400)
  })
})
