import 'react';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the type parameter must match React's to merge
  interface HTMLAttributes<T> {
    /** Element Timing API: the browser reports when this element's text is first painted. */
    elementtiming?: string;
  }
}
