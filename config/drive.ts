import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, services } from '@adonisjs/drive'

/**
 * Step screenshots and other uploads. Local disk by default (served under
 * /uploads). For an S3-compatible service (several app instances must see the
 * same files): `npm install @aws-sdk/client-s3 @aws-sdk/s3-request-presigner`,
 * add a disk here with `services.s3({ credentials, region, bucket, endpoint,
 * visibility: 'public' })` from env variables, and set `DRIVE_DISK=s3`. It is
 * not configured by default so the embedded install pulls in no AWS SDK.
 */
const driveConfig = defineConfig({
  default: env.get('DRIVE_DISK', 'fs'),
  services: {
    fs: services.fs({
      location: app.makePath(app.inTest ? 'tmp/test-uploads' : 'storage/uploads'),
      serveFiles: true,
      routeBasePath: '/uploads',
      visibility: 'public',
    }),
  },
})

export default driveConfig

declare module '@adonisjs/drive/types' {
  export interface DriveDisks extends InferDriveDisks<typeof driveConfig> {}
}
