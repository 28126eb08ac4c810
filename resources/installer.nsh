; Included by electron-builder's NSIS installer (electron-builder.yml, nsis.include).
;
; Briefing is offered in Explorer's "Open with" for PDF files without becoming their default
; application: a ProgID of its own (Briefing.pdf) listed under .pdf\OpenWithProgids, and the
; .pdf key's own value, which names the default, left alone. electron-builder's fileAssociations
; would write that value, so PDFs are not declared there. Microsoft's guidance: "File Types and
; URI Associations", OpenWithProgids. SHELL_CONTEXT is the current user's hive for a per-user
; install (nsis.perMachine false) and the machine's for a per-machine one.

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\Briefing.pdf" "" "PDF document"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Briefing.pdf\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Briefing.pdf\shell\open" "" "Open with Briefing"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Briefing.pdf\shell\open\command" "" '"$appExe" "%1"'
  WriteRegStr SHELL_CONTEXT "Software\Classes\.pdf\OpenWithProgids" "Briefing.pdf" ""
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\SupportedTypes" ".pdf" ""
  ; SHCNE_ASSOCCHANGED: Explorer reads the associations again.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!macro customUnInstall
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.pdf\OpenWithProgids" "Briefing.pdf"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\Briefing.pdf"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend
