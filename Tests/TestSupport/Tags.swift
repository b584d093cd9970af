import Testing

extension Tag {
    /// Tests that take tens of seconds (retraining, long sessions, whole-binary sweeps). The fast loop skips them
    /// (README, "For maintainers"); `swift test` and `.ci/run` run everything.
    @Tag public static var slow: Self
}
