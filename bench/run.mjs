// Benchmarks print ratios against the machine's own tools; later issues add their figures here.
console.log('no benchmarks yet');
