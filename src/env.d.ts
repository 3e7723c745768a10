/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by an article page before its content renders, read by its section headings. */
    article?: import('./lib/section-context').SectionContext;
  }
}
