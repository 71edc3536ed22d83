import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // HR import uploads (max 5 MB at the API) go through a Server Action.
  // authInterrupts: forbidden() answers 403 with app/forbidden.tsx (pages a role may not open).
  experimental: { serverActions: { bodySizeLimit: '6mb' }, authInterrupts: true },
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
