import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './src/lib/security-headers';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The container image (apps/web/Dockerfile) ships the self-contained server Next traces from the
  // monorepo root; `next start` (npm start, the e2e tests) keeps the ordinary build.
  ...(process.env.NEXT_OUTPUT === 'standalone'
    ? { output: 'standalone', outputFileTracingRoot: fileURLToPath(new URL('../../', import.meta.url)) }
    : {}),
  reactStrictMode: true,
  // HR import uploads (max 5 MB at the API) go through a Server Action.
  // authInterrupts: forbidden() answers 403 with app/forbidden.tsx (pages a role may not open).
  experimental: { serverActions: { bodySizeLimit: '6mb' }, authInterrupts: true },
  // The domain package is consumed from its built dist (ESM); nothing to transpile.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: securityHeaders(process.env.NODE_ENV === 'production' ? 'production' : 'development'),
      },
    ];
  },
};

export default withNextIntl(nextConfig);
