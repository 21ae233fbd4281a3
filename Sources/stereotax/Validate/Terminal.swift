import Foundation
import StereotaxKit

/// The terminal: messages on standard error, and whether a person is watching.
enum Terminal {
    /// Whether standard error is a terminal (then a progress bar is shown).
    static var isInteractive: Bool { isatty(STDERR_FILENO) == 1 }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// A one-line progress bar on standard error: the share of the input's bytes read, and the
/// records so far. Redrawn at most ten times a second.
final class ProgressBar {
    private let totalBytes: Int
    private var lastDraw = Date.distantPast

    init(inputURL: URL) {
        totalBytes = (try? FileManager.default.attributesOfItem(atPath: inputURL.path)[.size] as? Int) ?? 0
    }

    func update(_ progress: ValidationEngine.Progress) {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let share = totalBytes > 0 ? min(1, Double(progress.bytes) / Double(totalBytes)) : 0
        let width = 30
        let filled = Int(share * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(Int(share * 100))%  \(progress.records) records".utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
