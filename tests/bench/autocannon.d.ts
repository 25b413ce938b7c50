// autocannon ships no types; the load generator uses a small part of it.
declare module 'autocannon' {
  type Result = {
    requests: { average: number }
    non2xx: number
    errors: number
  }
  type Instance = PromiseLike<Result> & {
    on(event: 'response', listener: (...args: any[]) => void): void
  }
  export default function autocannon(options: {
    url: string
    connections: number
    duration: number
  }): Instance
}
