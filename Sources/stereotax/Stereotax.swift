import ArgumentParser

@main
struct Stereotax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stereotax",
        abstract: "Stereotaxic coordinates for rodent neuroscience: convert, look up, plan, validate.",
        discussion: """
        Every BrainSTEM coordinate system (Bregma/Lambda absolute and brain-surface, \
        stereotaxic-frame XYZ and XY-surface, external XYZ, Allen CCF XYZ) converts to every \
        other through the bregma frame; the Allen CCFv3 (mouse) and Waxholm v4 (rat) atlases \
        give regions, brain surfaces and trajectories. Every result names the choices it \
        depended on (atlas transform, lambda placement, angle order).

        Atlas data is found through --atlas-path, then STEREOTAX_ATLAS_PATH (colon-separated), \
        then ~/.cache/stereotax/atlases.
        """,
        subcommands: [
            ConvertCommand.self,
            RegionCommand.self,
            PlanCommand.self,
            ValidateCommand.self,
            AtlasCommand.self,
            DemoCommand.self,
        ]
    )
}
