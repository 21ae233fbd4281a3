import StereotaxGeometry

/// How a stereotaxic frame's manipulator readings map to the bregma frame.
///
/// Either axis-aligned (the frame's axes are the skull's, up to sign and
/// order, and bregma was read at one position), or fitted by least squares
/// to landmarks touched with the probe tip, with per-landmark residuals.
public struct FrameCalibration: Sendable {
    /// Manipulator → bregma.
    public let transform: FrameTransform<Frame.Manipulator, Frame.Bregma>
    /// Residual distance of each fitted landmark (empty for an axis-aligned calibration).
    public let residuals: [Length]
    /// Root-mean-square residual (zero for an axis-aligned calibration).
    public let rms: Length
    /// Which skull direction each manipulator axis nominally moves along
    /// (used to read the frame's angle fields).
    public let axes: ManipulatorAxes

    /// An axis-aligned calibration: `p_bregma = A · (reading − bregmaReading)`
    /// where A maps each manipulator axis to its skull direction.
    public static func axisAligned(_ axes: ManipulatorAxes = .standard, bregmaReading: Point3<Frame.Manipulator>) -> FrameCalibration {
        let a = axes.matrix
        let affine = AffineTransform3(linear: a, translation: -(a * bregmaReading.millimetres))
        let choice = "frame calibration: axis-aligned (\(axes)), bregma read at x \(bregmaReading.millimetres.x), y \(bregmaReading.millimetres.y), z \(bregmaReading.millimetres.z) mm"
        return FrameCalibration(transform: FrameTransform(affine, choices: [choice]), residuals: [], rms: .zero, axes: axes)
    }

    init(transform: FrameTransform<Frame.Manipulator, Frame.Bregma>, residuals: [Length], rms: Length, axes: ManipulatorAxes) {
        self.transform = transform
        self.residuals = residuals
        self.rms = rms
        self.axes = axes
    }
}
