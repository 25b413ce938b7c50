import { BlockList, isIP } from 'node:net'

/**
 * Named ranges, spelled like proxy-addr/Express so operators can reuse what
 * they know: `loopback`, `linklocal`, `uniquelocal`.
 */
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
}

/**
 * Addresses no request from the app should reach unless an operator says
 * so: loopback, link-local (cloud metadata at 169.254.169.254), private
 * (RFC 1918, IPv6 ULA), carrier-grade NAT, "this network", multicast and
 * reserved space, and their IPv6 spellings.
 */
export const NON_PUBLIC_RANGES = [
  ...NAMED_RANGES.loopback,
  ...NAMED_RANGES.linklocal,
  ...NAMED_RANGES.uniquelocal,
  '0.0.0.0/8',
  '100.64.0.0/10',
  '192.0.0.0/24',
  '198.18.0.0/15',
  '224.0.0.0/4',
  '240.0.0.0/4',
  '::/128',
  'ff00::/8',
  '64:ff9b::/96',
  '2001:db8::/32',
]

/** `::ffff:127.0.0.1` is 127.0.0.1: checked as the IPv4 address it carries. */
export function unmapIPv4(address: string) {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  return mapped ? mapped[1] : address
}

function addEntry(list: BlockList, entry: string) {
  const [address, bits] = entry.split('/')
  const family = isIP(address)
  if (!family) throw new Error(`"${entry}" is not an IP address or CIDR range`)
  const type = family === 6 ? 'ipv6' : 'ipv4'
  if (bits === undefined) list.addAddress(address, type)
  else list.addSubnet(address, Number(bits), type)
}

/**
 * A predicate over IP addresses from a list of addresses, CIDR ranges and
 * range names (comma-separated in env values). Throws on a typo rather
 * than silently trusting or refusing the wrong thing.
 */
export function addressMatcher(entries: string | string[] | undefined) {
  const items = (Array.isArray(entries) ? entries : (entries ?? '').split(','))
    .map((item) => item.trim())
    .filter(Boolean)
  if (!items.length) return (_address: string) => false
  const list = new BlockList()
  for (const item of items) {
    for (const entry of NAMED_RANGES[item.toLowerCase()] ?? [item]) addEntry(list, entry)
  }
  return (address: string) => {
    const plain = unmapIPv4(address)
    const family = isIP(plain)
    return family !== 0 && list.check(plain, family === 6 ? 'ipv6' : 'ipv4')
  }
}

const nonPublic = addressMatcher(NON_PUBLIC_RANGES)

/** True for loopback, private, link-local and other addresses that are not the public internet. */
export function isNonPublicAddress(address: string) {
  return nonPublic(address)
}
