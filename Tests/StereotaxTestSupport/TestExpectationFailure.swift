/// Thrown by a test helper when what the test needs is not there (a value of the wrong
/// kind, a search that found nothing): the test fails with this description instead of
/// being skipped, so a change in the code or the data cannot hide behind a skip.
public struct TestExpectationFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
