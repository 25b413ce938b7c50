/* Routes for this feature are added here (see start/routes.ts). */
export {}
