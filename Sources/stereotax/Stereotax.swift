import ArgumentParser
import StereotaxKit

@main
struct Stereotax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stereotax",
        abstract: "Stereotaxic coordinates for rodent neuroscience.",
        subcommands: [
            ValidateCommand.self,
        ]
    )
}
