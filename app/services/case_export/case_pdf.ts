import PDFDocument from 'pdfkit'
import { DateTime } from 'luxon'
import type { I18n } from '@adonisjs/i18n'
import type { CaseFile } from '#services/case_export/case_file'

type Doc = PDFKit.PDFDocument

/**
 * The case as a readable PDF for the kommune's case system: pdfkit with
 * its built-in Helvetica (no font files, no network). The text comes from
 * the CPR-masked case file; times are shown in the kommune's time zone.
 */
export function renderCasePdf(file: CaseFile, i18n: I18n): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: i18n.locale,
    info: {
      Title: `${i18n.t('case_export.title')} – ${i18n.t('case_export.case_number', { id: file.conversation.id })}`,
      Author: file.kommune.name,
      Producer: 'Vejviser',
    },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const page = new CasePage(doc, file, i18n)
  page.header()
  page.messages()
  page.notes()
  page.guidance()
  page.inquiry()
  page.footer()
  doc.end()
  return done
}

class CasePage {
  constructor(
    private doc: Doc,
    private file: CaseFile,
    private i18n: I18n
  ) {}

  #t(key: string, values?: Record<string, unknown>) {
    return this.i18n.t(`case_export.${key}`, values)
  }

  #time(iso: string | null) {
    if (!iso) return '—'
    return DateTime.fromISO(iso).setZone(this.file.kommune.timezone).toFormat('dd.MM.yyyy HH:mm')
  }

  #heading(text: string) {
    this.doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(text).moveDown(0.3)
    this.doc.font('Helvetica').fontSize(10)
  }

  #fact(label: string, value: string | number | null) {
    if (value === null || value === '') return
    this.doc.font('Helvetica-Bold').text(`${label}: `, { continued: true })
    this.doc.font('Helvetica').text(String(value))
  }

  header() {
    const { conversation: c, kommune } = this.file
    this.doc.font('Helvetica-Bold').fontSize(18).text(this.#t('title'))
    this.doc.fontSize(12).text(`${kommune.name} – ${this.#t('case_number', { id: c.id })}`)
    this.doc.moveDown(0.5).font('Helvetica').fontSize(10)
    this.#fact(this.#t('channel'), this.i18n.t(`chat_console.channel_${c.channel}`))
    this.#fact(this.#t('status'), c.status)
    this.#fact(this.#t('name'), c.citizenName)
    this.#fact(this.#t('contact'), c.contact)
    this.#fact(this.#t('topic'), [c.serviceArea, c.topic].filter(Boolean).join(' – '))
    this.#fact(this.#t('page'), c.pageTitle ? `${c.pageTitle} (${c.pageUrl})` : c.pageUrl)
    this.#fact(this.#t('assignee'), c.assignee)
    this.#fact(this.#t('started'), this.#time(c.startedAt))
    this.#fact(this.#t('closed'), c.closedAt ? this.#time(c.closedAt) : null)
    this.#fact(
      this.#t('outcome'),
      c.outcome ? this.i18n.t(`chat_console.outcome_${c.outcome}`) : null
    )
    this.#fact(this.#t('csat'), c.csat)
  }

  messages() {
    this.#heading(this.#t('messages'))
    if (this.file.messages.length === 0) this.doc.text(this.#t('none'))
    for (const line of this.file.messages) {
      const who = this.#t(`author_${line.author}`) + (line.staff ? ` (${line.staff})` : '')
      this.doc.font('Helvetica-Bold').text(`${this.#time(line.at)} · ${who}`)
      this.doc.font('Helvetica').text(line.body, { paragraphGap: 6 })
    }
  }

  notes() {
    if (this.file.notes.length === 0) return
    this.#heading(this.#t('notes'))
    for (const note of this.file.notes) {
      const known = ['closed_by_staff', 'closed_by_citizen'].includes(note.note)
      this.doc.text(`${this.#time(note.at)} · ${known ? this.#t(`note_${note.note}`) : note.note}`)
    }
  }

  guidance() {
    this.#heading(this.#t('guidance'))
    if (this.file.guidanceSent.length === 0) this.doc.text(this.#t('none'))
    for (const sent of this.file.guidanceSent) {
      const what = [sent.guide, sent.subject].filter(Boolean).join(' – ')
      this.doc.text(
        `${this.#time(sent.at)} · ${sent.channel} · ${this.#t('to')} ${sent.to} · ${what} (${sent.status})`
      )
    }
  }

  inquiry() {
    const inquiry = this.file.inquiry
    if (!inquiry) return
    this.#heading(this.#t('inquiry'))
    this.#fact(this.#t('outcome'), this.i18n.t(`chat_console.outcome_${inquiry.outcome}`))
    this.#fact(this.#t('started'), this.#time(inquiry.startedAt))
    this.#fact(this.#t('closed'), this.#time(inquiry.endedAt))
    this.#fact(this.#t('wait'), inquiry.waitSeconds)
    this.#fact(this.#t('first_response'), inquiry.firstResponseSeconds)
    this.#fact(this.#t('handle'), inquiry.handleSeconds)
    this.#fact(this.#t('csat'), inquiry.csat)
  }

  footer() {
    this.doc.moveDown(1.5).fontSize(8).fillColor('#444444')
    this.doc.text(
      `${this.#t('generated', { at: this.#time(this.file.generatedAt) })} ${this.file.generatedBy.name}`
    )
  }
}
