/* Ends the run with one plain line, "N passed, N failed, N skipped", that any CI can read. */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    console.log(
      `${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`
    );
  }
}
module.exports = SummaryReporter;
