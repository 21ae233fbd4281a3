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

    /// A calibration fitted to landmarks touched with the probe tip: the rigid
    /// map (rotation and translation, least squares by the Kabsch method over
    /// the LAPACK SVD) that best takes `axes`-mapped readings onto the
    /// landmarks' bregma-frame positions:
    /// `p_bregma = R · (A · reading) + t`, minimising Σ |p_bregmaᵢ − positionᵢ|².
    ///
    /// `axes` gives the nominal direction of each manipulator axis (so a frame
    /// whose axes form a left-handed set still fits a proper rotation); the fit
    /// absorbs small misalignments of the skull in the frame. Needs at least
    /// three touches that are not collinear (bregma and lambda alone lie on one
    /// line: add a lateral point).
    /// - Throws: ``StereotaxGeometry/FitError`` for too few, collinear or non-finite touches.
    public static func fitted(to touches: [LandmarkTouch], axes: ManipulatorAxes = .standard) throws(FitError) -> FrameCalibration {
        let a = axes.matrix
        let nominal = touches.map { Point3<Frame.Manipulator>(millimetres: a * $0.reading.millimetres) }
        let fit = try FrameTransform<Frame.Manipulator, Frame.Bregma>.fit(.rigid, from: nominal, to: touches.map(\.position))
        let linear = AffineTransform3(linear: a)
        let names = touches.map(\.name).joined(separator: ", ")
        let choice = "frame calibration: rigid fit of \(touches.count) touched landmarks (\(names)), axes \(axes), RMS residual \(fit.rootMeanSquareResidual.millimetres) mm"
        return FrameCalibration(transform: FrameTransform(linear.then(fit.transform.affine), choices: [choice]),
                                residuals: fit.residuals, rms: fit.rootMeanSquareResidual, axes: axes)
    }

    init(transform: FrameTransform<Frame.Manipulator, Frame.Bregma>, residuals: [Length], rms: Length, axes: ManipulatorAxes) {
        self.transform = transform
        self.residuals = residuals
        self.rms = rms
        self.axes = axes
    }
}
