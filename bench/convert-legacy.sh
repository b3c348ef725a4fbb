#!/usr/bin/env bash
# Seconds per page for reading legacy Word (.doc) and RTF: LibreOffice headless to PDF (what the archive does) against
# the lighter Debian tools antiword (.doc) and unrtf (.rtf), over the bundled corpus's Word files saved by LibreOffice.
# Needs LibreOffice, antiword, unrtf, poppler-utils (pdfinfo) and hyperfine. Results go into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="-env:UserInstallation=file://$work/profile"
cp corpus/koebenhavn/pilotprojekt-udsatte-kontanthjaelpsmodtagere-2012.docx "$work/pilotprojekt.docx"
cp corpus/slagelse/henvendelse-backstage-2017.docx "$work/backstage.docx"
(cd "$work" && soffice "$profile" --headless --convert-to doc pilotprojekt.docx backstage.docx >/dev/null 2>&1 \
  && soffice "$profile" --headless --convert-to rtf pilotprojekt.docx backstage.docx >/dev/null 2>&1 \
  && soffice "$profile" --headless --convert-to pdf pilotprojekt.doc backstage.doc >/dev/null 2>&1)
pages=$(( $(pdfinfo "$work/pilotprojekt.pdf" | awk '/^Pages/ {print $2}') + $(pdfinfo "$work/backstage.pdf" | awk '/^Pages/ {print $2}') ))
echo "pages in both documents: $pages"
# Each LibreOffice run gets a fresh profile, as the archive's conversions do.
hyperfine --warmup 1 --runs 5 --export-markdown "$work/soffice.md" \
  -n 'soffice doc->pdf' "rm -rf $work/p && cd $work && soffice -env:UserInstallation=file://$work/p --headless --convert-to pdf --outdir $work/out pilotprojekt.doc backstage.doc" \
  -n 'soffice rtf->pdf' "rm -rf $work/p && cd $work && soffice -env:UserInstallation=file://$work/p --headless --convert-to pdf --outdir $work/out pilotprojekt.rtf backstage.rtf"
hyperfine --warmup 3 --runs 30 --export-markdown "$work/light.md" \
  -n 'antiword doc->text' "antiword -m UTF-8.txt $work/pilotprojekt.doc; antiword -m UTF-8.txt $work/backstage.doc" \
  -n 'unrtf rtf->text' "unrtf --text $work/pilotprojekt.rtf; unrtf --text $work/backstage.rtf"
cat "$work/soffice.md" "$work/light.md"
echo "divide each mean by $pages pages for seconds per page"
