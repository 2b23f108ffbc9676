import Testing

/// The time stage's suites, nested so that `swift test --filter Time` runs them all.
@Suite struct TimeTests {}
