// Why the archive could not read a file, in Danish, and what the person who put it there can do about it.
// Keyed by the reason names of GET /api/ingest/failures. A reason the archive gains is one more line here; until
// then the page shows it under its own name, with the archive's English message for each file.

const reasons = {
  encrypted: {
    title: 'Krypterede filer',
    advice: 'Filen er krypteret: gem den uden adgangskode og læg den i mappen igen.',
  },
  corrupt: {
    title: 'Ødelagte filer',
    advice: 'Filen er ødelagt, eller den er ikke det, dens endelse siger: åbn den i det program, der lavede den, gem den igen, og læg den i mappen igen.',
  },
  'unsupported-format': {
    title: 'Filtyper arkivet ikke læser',
    advice: 'Arkivet kan ikke læse denne filtype: gem filen som PDF, Word (.docx) eller tekst, og læg den i mappen igen. En ZIP-fil skal pakkes ud i mappen.',
  },
  empty: {
    title: 'Tomme filer',
    advice: 'Filen er tom eller har ingen tekst: tjek at det er den rigtige fil, og læg den i mappen igen.',
  },
  'no-text-layer': {
    title: 'PDF-filer uden tekst',
    advice: 'PDF-filen er scannede billeder uden tekst: kør tekstgenkendelse (OCR) på den, eller gem den som PDF fra det program, den blev skrevet i, og læg den i mappen igen.',
  },
  'too-large': {
    title: 'For store filer',
    advice: 'Filen er større eller rummer mere tekst, end arkivet tager imod: del den i mindre filer, og læg dem i mappen.',
  },
  'timed-out': {
    title: 'Filer der tog for lang tid',
    advice: 'Det tog for lang tid at læse filen: gem den igen som PDF eller tekst, og læg den i mappen igen.',
  },
  unreadable: {
    title: 'Filer der ikke kunne åbnes',
    advice: 'Filen kunne ikke læses fra disken: tjek at arkivet har lov til at læse den, og at disken er i orden.',
  },
  symlink: {
    title: 'Genveje (symbolske links)',
    advice: 'Filen er en genvej (et symbolsk link), og dem følger arkivet aldrig: læg selve filen i mappen i stedet.',
  },
  'needs-converter': {
    title: 'Filer der skal omdannes først',
    advice: 'Filen kan kun læses med et konverteringsprogram (LibreOffice), som arkivet ikke har adgang til: gem den som PDF eller Word (.docx), og læg den i mappen igen, eller bed den, der driver arkivet, om at installere programmet.',
  },
  'needs-ocr': {
    title: 'Scanninger der kræver tekstgenkendelse',
    advice: 'Filen er et scannet billede, og arkivet har ikke tekstgenkendelse (OCR) til rådighed: kør tekstgenkendelse på den, og læg den i mappen igen, eller bed den, der driver arkivet, om at installere Tesseract med dansk.',
  },
};

/** The reason names this table describes, for the check that every reason the archive gives has Danish words. */
export const describedReasons = Object.freeze(Object.keys(reasons));

/**
 * A reason's heading and advice. An unknown reason is not an error: its own name is the heading and it has no
 * advice (known: false), so the page leans on the archive's own message for each file, which it always shows.
 */
export function describeFailureReason(reason) {
  if (Object.hasOwn(reasons, reason)) return { ...reasons[reason], known: true };
  return { title: reason || 'Ukendt årsag', advice: null, known: false };
}
