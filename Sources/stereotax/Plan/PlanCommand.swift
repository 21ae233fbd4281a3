import ArgumentParser

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan straight insertions on the atlas: forward (entry → regions), inverse (target → entry, depth, frame readings), search (angles that avoid structures).",
        discussion: """
        Coordinates are millimetres from bregma (AP anterior+, ML right+, DV ventral+); angles are \
        BrainSTEM's AP angle, ML angle and rotation in degrees, combined in --angle-order. Depths are \
        along the shaft from the brain surface of the atlas, placed by --transform (default ibl-allen).

        Examples:
          stereotax plan forward --entry -2,1.5 --angles 0,0 --depth 1.6 --probe neuropixels-1.0
          stereotax plan inverse --target -3.2,0.5,4.3 --angles 0,10 --frame-bregma 10,20,5 --format json
          stereotax plan inverse --target -3.2,0.5,4.3 --entry -3.2,1.2          # the angles joining them
          stereotax plan search --target -0.3,1.6,3 --ap-range -10,10 --ml-range -20,20 --avoid ventricles
          stereotax plan forward --entry -2,1.5 --angles 0,0 --depth 1.6 --format svg --output plan.svg
        """,
        subcommands: [PlanForwardCommand.self, PlanInverseCommand.self, PlanSearchCommand.self])
}
