import { readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'

/**
 * The seed corpus shipped with the project (a copy of shared/corpus).
 */
export const CORPUS_DIR = app.makePath('database/data/corpus')

export async function readCorpusJson<T>(file: string, dir = CORPUS_DIR): Promise<T> {
  return JSON.parse(await readFile(`${dir}/${file}`, 'utf8')) as T
}

export const PILOT_KOMMUNER = ['210', '250', '316', '330', '340', '479'] as const
