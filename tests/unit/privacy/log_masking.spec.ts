import { Writable } from 'node:stream'
import { test } from '@japa/runner'
import { Logger } from '@adonisjs/core/logger'
import loggerConfig from '#config/logger'

/**
 * The application logger's own configuration (config/logger.ts), writing
 * to a stream we read instead of its transport: whatever is logged, no CPR
 * number reaches the log line.
 */
function captureLogger() {
  const lines: string[] = []
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
      done()
    },
  })
  const config = { ...loggerConfig.loggers.app, transport: undefined }
  const logger = new Logger({ ...config, level: 'trace', enabled: true, destination })
  return { logger, lines }
}

test.group('CPR masking: the application log', () => {
  test('messages, arguments, objects, bindings and errors are masked', ({ assert }) => {
    const { logger, lines } = captureLogger()
    logger.info('search for %s', 'cpr 010190-1234')
    logger.info({ query: 'mit cpr er 010190–1234', nested: { list: ['0101901234'] } }, 'miss')
    logger.child({ citizen: '01.01.90-1234' }).warn('child logger')
    logger.error(new Error('Validation failed for 010190 1234'))
    logger.error({ err: new TypeError('bad 19900101-1234') }, 'provider said no')
    logger.info({ requestId: 'req-0101901234', n: 101901234 }, 'a CPR as a number')

    const all = lines.join('\n').replaceAll('req-0101901234', '')
    assert.notMatch(all, /1234/, all)
    const parsed = lines.map((line) => JSON.parse(line))
    assert.equal(parsed[0].msg, 'search for cpr xxxxxx-xxxx')
    assert.equal(parsed[1].query, 'mit cpr er xxxxxx–xxxx')
    assert.deepEqual(parsed[1].nested.list, ['xxxxxxxxxx'])
    assert.equal(parsed[2].citizen, 'xx.xx.xx-xxxx')
    assert.equal(parsed[3].err.type, 'Error')
    assert.equal(parsed[3].err.message, 'Validation failed for xxxxxx xxxx')
    assert.include(parsed[3].err.stack, 'Validation failed for xxxxxx xxxx')
    assert.equal(parsed[4].err.type, 'TypeError')
    assert.equal(parsed[4].err.message, 'bad xxxxxxxx-xxxx')
    assert.equal(parsed[5].requestId, 'req-0101901234', 'identifiers are not free text')
    assert.equal(parsed[5].n, 'xxxxxxxxx', 'a CPR number that lost its leading zero')
  })

  test('passwords are still redacted', ({ assert }) => {
    const { logger, lines } = captureLogger()
    logger.info({ password: 'hunter2', user: { password: 'x' } }, 'login')
    assert.notInclude(lines.join(''), 'hunter2')
  })
})
