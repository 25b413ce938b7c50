import { test } from '@japa/runner'
import { addressMatcher, isNonPublicAddress } from '#support/ip_ranges'

test.group('IP ranges: trusted proxies and non-public addresses', () => {
  test('no TRUSTED_PROXIES trusts nobody, loopback included', ({ assert }) => {
    for (const value of [undefined, '', ' , ']) {
      const trusted = addressMatcher(value)
      for (const address of ['127.0.0.1', '::1', '10.0.0.1', '203.0.113.5']) {
        assert.isFalse(trusted(address), `${value} → ${address}`)
      }
    }
  })

  test('addresses, CIDR ranges and range names are trusted, nothing else', ({ assert }) => {
    const trusted = addressMatcher('10.0.0.0/8, 192.0.2.7, loopback')
    for (const address of ['10.1.2.3', '192.0.2.7', '127.0.0.1', '::1', '::ffff:10.9.9.9']) {
      assert.isTrue(trusted(address), address)
    }
    for (const address of ['192.0.2.8', '11.0.0.1', '203.0.113.5', 'not-an-ip', '']) {
      assert.isFalse(trusted(address), address)
    }
  })

  test('a typo in the list fails loudly', ({ assert }) => {
    assert.throws(() => addressMatcher('10.0.0.0/8,lokalhost'), /not an IP address/)
  })

  test('non-public addresses cover loopback, private, link-local, CGNAT and mapped IPv6', ({
    assert,
  }) => {
    for (const address of [
      '127.0.0.1',
      '127.8.9.10',
      '0.0.0.0',
      '10.0.0.1',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '100.127.255.254',
      '::1',
      '::',
      'fe80::1',
      'fc00::1',
      'fd12:3456::1',
      '::ffff:127.0.0.1',
      '::ffff:169.254.169.254',
    ]) {
      assert.isTrue(isNonPublicAddress(address), address)
    }
    for (const address of ['8.8.8.8', '172.32.0.1', '100.128.0.1', '2a00:1450:4001::1']) {
      assert.isFalse(isNonPublicAddress(address), address)
    }
  })
})
