'use client';

/** Opens the browser's print dialog; hidden in print and without JavaScript nothing breaks (Ctrl+P works). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print inline-flex items-center gap-2 rounded-md bg-white px-3 py-2 text-sm font-semibold text-brand-700 ring-1 ring-brand-600 hover:bg-brand-50"
    >
      <svg
        viewBox="0 0 20 20"
        className="h-4 w-4"
        aria-hidden
        focusable={false}
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
      >
        <path d="M5 7V2.5h10V7M5 14.5H3.5A1.5 1.5 0 0 1 2 13V8.5A1.5 1.5 0 0 1 3.5 7h13A1.5 1.5 0 0 1 18 8.5V13a1.5 1.5 0 0 1-1.5 1.5H15" />
        <path d="M5 11.5h10v6H5z" />
      </svg>
      {label}
    </button>
  );
}
