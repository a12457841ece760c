* Builds test/fixtures/import/labelled.sav and labelled.zsav (run: pspp make-sav.sps from the repo root).
* A small needs-assessment extract: Russian variable and value labels, user-missing 98/99, a string, a date.
SET LOCALE='UTF-8'.
INSERT FILE='scripts/import-corpus/sav-data.sps'.
SAVE OUTFILE='test/fixtures/import/labelled.sav' /COMPRESSED.
SAVE OUTFILE='test/fixtures/import/labelled.zsav' /ZCOMPRESSED.
SAVE OUTFILE='test/fixtures/import/labelled-uncompressed.sav' /UNCOMPRESSED.
* The same data in the Windows-1251 code page, as older SPSS versions in a Russian locale save it.
NEW FILE.
SET LOCALE='windows-1251'.
INSERT FILE='scripts/import-corpus/sav-data.sps' ENCODING='UTF-8'.
SAVE OUTFILE='test/fixtures/import/labelled-1251.sav' /COMPRESSED.
