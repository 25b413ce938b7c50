import vine from '@vinejs/vine'

/** "Set up" a plugin for the kommune: which one (must also be installed). */
export const setUpChannelValidator = vine.create({
  plugin: vine
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,30}$/),
})
