/**
 * A one-line progress bar for long commands. Redraws in place on a TTY;
 * elsewhere (CI logs) prints one line per label when it completes.
 */
export class ProgressBar {
  #label = ''
  #width = 30

  constructor(private stream: NodeJS.WriteStream = process.stderr) {}

  update(label: string, done: number, total: number) {
    if (this.stream.isTTY) {
      const filled = total === 0 ? this.#width : Math.round((done / total) * this.#width)
      const bar = '█'.repeat(filled) + '░'.repeat(this.#width - filled)
      this.stream.write(`\r${bar} ${String(done).padStart(4)}/${total} ${label}\u001B[K`)
      if (done === total) this.stream.write('\n')
    } else if (done === total && label !== this.#label) {
      this.stream.write(`${label}: ${done}/${total}\n`)
    }
    this.#label = done === total ? label : ''
  }
}
