import Dispatch
import Foundation
import StereotaxAtlas
import StereotaxGeometry

/// One target to check, with its declared region already mapped
/// (``RegionChecker/declaredRegion(id:)``, which callers can cache per region id).
public struct RegionCheckRequest: Sendable {
    public var target: Point3<Frame.AtlasVolume>
    public var declared: DeclaredRegionResolution
    public var expectedHemisphere: Hemisphere?

    public init(target: Point3<Frame.AtlasVolume>, declared: DeclaredRegionResolution, expectedHemisphere: Hemisphere? = nil) {
        self.target = target
        self.declared = declared
        self.expectedHemisphere = expectedHemisphere
    }
}

extension RegionChecker {
    /// Checks many targets, split into contiguous chunks across the available cores;
    /// the results are in the order of `requests` and equal those of one-by-one checks.
    public func check(_ requests: [RegionCheckRequest]) -> [RegionCheckResult] {
        let count = requests.count
        let workers = count < 4096 ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount)
        return requests.withUnsafeBufferPointer { input in
            [RegionCheckResult](unsafeUninitializedCapacity: count) { output, initialised in
                // Each worker initialises a disjoint range of `output` and only reads `input`.
                let shared = BatchBuffers(input: input, output: output)
                DispatchQueue.concurrentPerform(iterations: workers) { w in
                    let lo = count * w / workers, hi = count * (w + 1) / workers
                    for i in lo..<hi {
                        let r = shared.input[i]
                        (shared.output.baseAddress! + i).initialize(
                            to: check(r.target, against: r.declared, expectedHemisphere: r.expectedHemisphere))
                    }
                }
                initialised = count
            }
        }
    }
}

/// The batch's input and output buffers, handed to worker threads that read the
/// input and write disjoint parts of the output.
private struct BatchBuffers: @unchecked Sendable {
    let input: UnsafeBufferPointer<RegionCheckRequest>
    let output: UnsafeMutableBufferPointer<RegionCheckResult>
}
