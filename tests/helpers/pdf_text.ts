import { inflateSync } from 'node:zlib'

/**
 * The text a PDF made by pdfkit with its standard fonts shows, one string
 * per text-showing operator (TJ/Tj): every content stream is inflated and
 * its hex glyph strings decoded (WinAnsi, read as latin1). Enough to assert
 * what a reader sees; not a general PDF parser.
 */
export function pdfText(pdf: Buffer): string[] {
  const lines: string[] = []
  const raw = pdf.toString('latin1')
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g
  for (const match of raw.matchAll(streams)) {
    let content: string
    try {
      content = inflateSync(Buffer.from(match[1], 'latin1')).toString('latin1')
    } catch {
      continue
    }
    for (const shown of content.matchAll(
      /\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g
    )) {
      const hexes = shown[1]
        ? [...shown[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1])
        : [shown[2]]
      lines.push(hexes.map((hex) => Buffer.from(hex, 'hex').toString('latin1')).join(''))
    }
  }
  return lines
}
