import StereotaxLinearAlgebra

extension AffineTransform3 {
    /// The batch kernel for this map (one `cblas_dgemm` per chunk of points).
    var batchKernel: AffineBatchKernel {
        AffineBatchKernel(columns: linear.c0, linear.c1, linear.c2, translation: translation)
    }

    /// Maps every point of `points` in place, p ↦ A·p + t; equal to
    /// ``apply(_:)`` point by point. The frame tag is unchanged: use
    /// ``FrameTransform/apply(toPoints:)`` to change frames.
    public func apply<F>(to points: inout PointBuffer<F>) {
        let kernel = batchKernel
        points.withUnsafeMutableBufferPointer { kernel.applyInPlace($0) }
    }

    /// Maps `points` into `output`, which is resized to the same count
    /// (its storage is reused when it already has that count).
    public func apply<F>(_ points: PointBuffer<F>, into output: inout PointBuffer<F>) {
        batchKernel.map(points, into: &output)
    }
}

extension FrameTransform {
    /// Maps every point from `From` to `To` (one `cblas_dgemm` per chunk).
    public func apply(toPoints points: PointBuffer<From>) -> PointBuffer<To> {
        let kernel = affine.batchKernel
        return points.withUnsafeBufferPointer { source in
            PointBuffer<To>(uninitializedCount: points.count) { kernel.apply(source, into: $0) }
        }
    }

    /// Maps `points` into `output`, reusing its storage when it already has the same count.
    public func apply(_ points: PointBuffer<From>, into output: inout PointBuffer<To>) {
        affine.batchKernel.map(points, into: &output)
    }
}

extension AffineBatchKernel {
    func map<F, G>(_ points: PointBuffer<F>, into output: inout PointBuffer<G>) {
        if output.count != points.count {
            output = points.withUnsafeBufferPointer { source in
                PointBuffer<G>(uninitializedCount: points.count) { apply(source, into: $0) }
            }
            return
        }
        points.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { apply(source, into: $0) }
        }
    }
}
