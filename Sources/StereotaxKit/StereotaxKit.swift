// StereotaxKit: one import for the whole library.
@_exported import StereotaxLinearAlgebra
@_exported import StereotaxGeometry
@_exported import StereotaxJSON
@_exported import StereotaxCoordinates
@_exported import StereotaxFrames
@_exported import StereotaxAtlas
@_exported import StereotaxRecords
@_exported import StereotaxPlanning
@_exported import StereotaxValidation
