/**
 * Lower quartile, median and upper quartile of a list of numbers, with
 * linear interpolation between ranks (the spreadsheet QUARTILE.INC rule,
 * so a manager can check a figure by hand). Null for an empty list.
 */
export function quartiles(values: number[]) {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p: number) => {
    const rank = p * (sorted.length - 1)
    const low = Math.floor(rank)
    const high = Math.ceil(rank)
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low)
  }
  return { q1: at(0.25), median: at(0.5), q3: at(0.75) }
}
