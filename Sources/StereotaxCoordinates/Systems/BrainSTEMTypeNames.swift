// The coordinate types under the exact names BrainSTEM gives the systems in
// `coordinates_system`, for code that follows the records' vocabulary.

/// `Stereotaxic_BregmaAbsolute`: ``BregmaAbsoluteCoordinates``.
public typealias Stereotaxic_BregmaAbsolute = BregmaAbsoluteCoordinates
/// `Stereotaxic_LambdaAbsolute`: ``LambdaAbsoluteCoordinates``.
public typealias Stereotaxic_LambdaAbsolute = LambdaAbsoluteCoordinates
/// `Stereotaxic_BregmaBrainSurface`: ``BregmaBrainSurfaceCoordinates``.
public typealias Stereotaxic_BregmaBrainSurface = BregmaBrainSurfaceCoordinates
/// `Stereotaxic_LambdaBrainSurface`: ``LambdaBrainSurfaceCoordinates``.
public typealias Stereotaxic_LambdaBrainSurface = LambdaBrainSurfaceCoordinates
/// `Stereotaxic_XYZ_Absolute`: ``StereotaxicXYZAbsoluteCoordinates``.
public typealias Stereotaxic_XYZ_Absolute = StereotaxicXYZAbsoluteCoordinates
/// `Stereotaxic_XY_Surface`: ``StereotaxicXYSurfaceCoordinates``.
public typealias Stereotaxic_XY_Surface = StereotaxicXYSurfaceCoordinates
/// `External_XYZ_Absolute`: ``ExternalXYZAbsoluteCoordinates``.
public typealias External_XYZ_Absolute = ExternalXYZAbsoluteCoordinates
/// `CCF_XYZ_Absolute`: ``CCFXYZAbsoluteCoordinates``.
public typealias CCF_XYZ_Absolute = CCFXYZAbsoluteCoordinates
