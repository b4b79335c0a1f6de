/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** On a section page in English: the plan whose paragraphs are rendered beside their Chinese. */
    englishPlan?: number;
  }
}
