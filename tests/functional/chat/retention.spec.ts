import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import ace from '@adonisjs/core/services/ace'
import PurgeConversations from '#actions/conversations/purge_conversations'
import Conversation from '#models/conversation'
import ConversationMessage from '#models/conversation_message'
import Inquiry from '#models/inquiry'
import type Kommune from '#models/kommune'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { ALWAYS_OPEN, enableChat } from '#tests/helpers/chat'
import { isolateEachTest } from '#tests/helpers/transactions'

/** A closed chat with two lines and an inquiry, closed `daysAgo` days ago. */
async function closedChat(kommune: Kommune, daysAgo: number, contact: string) {
  const closedAt = DateTime.utc().minus({ days: daysAgo })
  const conversation = await Conversation.create({
    kommuneId: kommune.id,
    channel: 'sms',
    contact,
    citizenName: 'Anna',
    status: 'closed',
    topic: 'Byggetilladelse',
    lastSeq: 2,
    staffReadSeq: 2,
    closedAt,
  })
  for (const seq of [1, 2]) {
    await ConversationMessage.create({
      kommuneId: kommune.id,
      conversationId: conversation.id,
      seq,
      author: seq === 1 ? 'citizen' : 'staff',
      body: `Linje ${seq}`,
    })
  }
  const inquiry = await Inquiry.create({
    kommuneId: kommune.id,
    channel: 'sms',
    outcome: 'answered',
    source: 'sms',
    startedAt: closedAt.minus({ minutes: 5 }),
    answeredAt: closedAt.minus({ minutes: 4 }),
    endedAt: closedAt,
    handleSeconds: 240,
    day: closedAt.toISODate()!,
    conversationId: conversation.id,
  })
  return { conversation, inquiry }
}

test.group('Transcript retention', (group) => {
  isolateEachTest(group)

  test('a dry run lists what is past the retention period and changes nothing', async ({
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const old = await closedChat(soroe, 200, '+4511111111')
    await closedChat(soroe, 10, '+4522222222')
    const lines = await new PurgeConversations().handle({ dryRun: true })
    const line = lines.find((candidate) => candidate.kommune === soroe.name)!
    assert.deepInclude(line, { retentionDays: 180, conversations: 1, messages: 2 })
    const kept = await ConversationMessage.query().where('conversation_id', old.conversation.id)
    assert.lengthOf(kept, 2)
  })

  test('the real run deletes old transcripts and personal details, keeps the statistics', async ({
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const old = await closedChat(soroe, 200, '+4511111111')
    const recent = await closedChat(soroe, 10, '+4522222222')
    await new PurgeConversations().handle({ dryRun: false })

    await old.conversation.refresh()
    assert.isNull(old.conversation.contact)
    assert.isNull(old.conversation.citizenName)
    assert.isNull(old.conversation.topic)
    assert.lengthOf(
      await ConversationMessage.query().where('conversation_id', old.conversation.id),
      0
    )
    const inquiry = await Inquiry.findOrFail(old.inquiry.id)
    assert.equal(inquiry.handleSeconds, 240)
    assert.lengthOf(
      await ConversationMessage.query().where('conversation_id', recent.conversation.id),
      2
    )
    // A second run finds nothing more to do.
    const again = await new PurgeConversations().handle({ dryRun: true })
    assert.isUndefined(again.find((line) => line.kommune === soroe.name))
  })

  test("the kommune's own retention period applies, and the command has a dry run", async ({
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe, { openingHours: ALWAYS_OPEN, retentionDays: 7 })
    const recent = await closedChat(soroe, 10, '+4522222222')
    const command = await ace.exec('conversations:purge', ['--dry-run'])
    command.assertSucceeded()
    assert.lengthOf(
      await ConversationMessage.query().where('conversation_id', recent.conversation.id),
      2
    )
    const run = await ace.exec('conversations:purge', [])
    run.assertSucceeded()
    assert.lengthOf(
      await ConversationMessage.query().where('conversation_id', recent.conversation.id),
      0
    )
  })
})
