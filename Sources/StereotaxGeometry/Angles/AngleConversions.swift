// Conversions between the three conventions, each through `ProbeOrientation`
// (so a conversion is exact up to rounding, and a vertical probe follows the
// target convention's rule for which angle carries the turn).

extension BrainstemAngles {
    /// The BrainSTEM angles, read in `order`, of the probe `ibl` describes.
    public init(_ ibl: IBLAngles, order: BrainstemAngleOrder = .projectDefault) {
        self.init(orientation: ibl.orientation, order: order)
    }

    /// The BrainSTEM angles, read in `order`, of the probe `pinpoint` describes.
    public init(_ pinpoint: PinpointAngles, order: BrainstemAngleOrder = .projectDefault) {
        self.init(orientation: pinpoint.orientation, order: order)
    }
}

extension IBLAngles {
    /// The IBL angles of the probe `brainstem` describes when read in `order`.
    public init(_ brainstem: BrainstemAngles, order: BrainstemAngleOrder = .projectDefault) {
        self.init(orientation: brainstem.orientation(order: order))
    }

    /// The IBL angles of the probe `pinpoint` describes.
    public init(_ pinpoint: PinpointAngles) {
        self.init(orientation: pinpoint.orientation)
    }
}

extension PinpointAngles {
    /// The Pinpoint angles of the probe `brainstem` describes when read in `order`.
    public init(_ brainstem: BrainstemAngles, order: BrainstemAngleOrder = .projectDefault) {
        self.init(orientation: brainstem.orientation(order: order))
    }

    /// The Pinpoint angles of the probe `ibl` describes.
    public init(_ ibl: IBLAngles) {
        self.init(orientation: ibl.orientation)
    }
}
