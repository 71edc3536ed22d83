import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

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
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
  // The domain package is consumed from its built dist (ESM); nothing to transpile.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
