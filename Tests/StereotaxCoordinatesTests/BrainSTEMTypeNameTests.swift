import Testing
import StereotaxCoordinates

/// The type names are aliases whose system is the BrainSTEM system of the same name.
@Suite struct BrainSTEMTypeNameTests {
    @Test func eachAliasNamesItsOwnSystem() {
        // The strings as BrainSTEM writes them in `coordinates_system` (reference §2).
        #expect(Stereotaxic_BregmaAbsolute.systemName.rawValue == "Stereotaxic_BregmaAbsolute")
        #expect(Stereotaxic_LambdaAbsolute.systemName.rawValue == "Stereotaxic_LambdaAbsolute")
        #expect(Stereotaxic_BregmaBrainSurface.systemName.rawValue == "Stereotaxic_BregmaBrainSurface")
        #expect(Stereotaxic_LambdaBrainSurface.systemName.rawValue == "Stereotaxic_LambdaBrainSurface")
        #expect(Stereotaxic_XYZ_Absolute.systemName.rawValue == "Stereotaxic_XYZ_Absolute")
        #expect(Stereotaxic_XY_Surface.systemName.rawValue == "Stereotaxic_XY_Surface")
        #expect(External_XYZ_Absolute.systemName.rawValue == "External_XYZ_Absolute")
        #expect(CCF_XYZ_Absolute.systemName.rawValue == "CCF_XYZ_Absolute")
    }

    @Test func aliasesAreTheSystemTypes() {
        let aliases: [any CoordinateSystem.Type] = [
            Stereotaxic_BregmaAbsolute.self, Stereotaxic_LambdaAbsolute.self,
            Stereotaxic_BregmaBrainSurface.self, Stereotaxic_LambdaBrainSurface.self,
            Stereotaxic_XYZ_Absolute.self, Stereotaxic_XY_Surface.self,
            External_XYZ_Absolute.self, CCF_XYZ_Absolute.self,
        ]
        #expect(aliases.map { ObjectIdentifier($0) } == allSystemTypes.map { ObjectIdentifier($0) })
    }
}
