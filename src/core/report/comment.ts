/** The report with a last line naming the commit it is about (GitHub links a bare SHA). */
export function withCommit(report: string, commit: string): string {
  return `${report.replace(/\n*$/, '\n')}\n<sub>Evaluated commit ${commit}.</sub>\n`;
}
