import Foundation
import StereotaxGeometry

/// How far a skull is from flat, and the rotation that levels it.
///
/// The skull plane is fitted through bregma, lambda and any extra skull
/// points (total least squares over the LAPACK SVD); with bregma and lambda
/// alone it is the plane through them that contains the ML axis. With the
/// plane's unit normal n (DV component positive):
/// - pitch = atan2(n_AP, n_DV): positive when lambda lies ventral of bregma;
/// - roll = atan2(−n_ML, n_DV): positive when the right side lies ventral of the left;
/// - the levelling rotation turns n onto the DV axis about bregma, by the
///   smallest angle (Rodrigues about n × DV).
public struct SkullLevelling: Sendable, Hashable {
    /// Unit normal of the skull plane in the bregma frame, pointing ventrally.
    public let normal: Vector3<Frame.Bregma>
    /// Nose-up/down tilt about the ML axis.
    public let pitch: Angle
    /// Side-to-side tilt about the AP axis (zero when only bregma and lambda are known).
    public let roll: Angle
    /// √(mean squared distance of the skull points from the plane): how planar the points are.
    public let rootMeanSquareDistance: Length
    /// Measured bregma frame → levelled bregma frame: a rotation about bregma.
    public let rotation: Matrix3

    /// The levelling for `landmarks`.
    /// - Throws: ``StereotaxGeometry/FitError`` when the extra points make a
    ///   degenerate or non-finite set.
    public init(_ landmarks: SkullLandmarks) throws(FitError) {
        let lambda = landmarks.lambda.millimetres
        let n: SIMD3<Double>
        if landmarks.extraSkullPoints.isEmpty {
            // The plane through bregma and lambda that contains the ML axis: normal ∝ (λ_DV, 0, −λ_AP).
            let raw = SIMD3(lambda.z, 0, -lambda.x)
            let length = (raw * raw).sum().squareRoot()
            guard lambda.x.isFinite, lambda.z.isFinite else { throw FitError.nonFinite(set: "lambda", index: 0) }
            guard length > 0 else { throw FitError.coincident(set: "bregma and lambda") }
            n = raw / length * (raw.z < 0 ? -1 : 1)
            rootMeanSquareDistance = .zero
        } else {
            let fit = try PlaneFit<Frame.Bregma>([landmarks.bregma, landmarks.lambda] + landmarks.extraSkullPoints)
            n = fit.normal.millimetres
            rootMeanSquareDistance = fit.rootMeanSquareDistance
        }
        normal = Vector3(millimetres: n)
        pitch = Angle(radians: atan2(n.x, n.z))
        roll = Angle(radians: atan2(-n.y, n.z))
        let axis = SIMD3(n.y, -n.x, 0)  // n × (0, 0, 1)
        let sine = (axis * axis).sum().squareRoot()
        rotation = sine < 1e-15 ? .identity : Matrix3.rotation(about: axis, by: Angle(radians: atan2(sine, n.z)))
    }

    /// `p` in the levelled frame.
    public func levelled(_ p: Point3<Frame.Bregma>) -> Point3<Frame.Bregma> { Point3(millimetres: rotation * p.millimetres) }

    /// The correction, as named in outputs.
    public var choice: String {
        "skull levelled about bregma: pitch \(pitch.degrees)°, roll \(roll.degrees)°"
    }
}
