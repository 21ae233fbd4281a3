import Foundation

extension AtlasManifest {
    /// Decodes and validates one manifest. `origin` names it in errors
    /// (usually the file path).
    public static func decode(_ data: Data, origin: String) throws(AtlasManifestError) -> AtlasManifest {
        let manifest: AtlasManifest
        do {
            manifest = try JSONDecoder().decode(AtlasManifest.self, from: data)
        } catch let error as DecodingError {
            throw Self.describe(error, origin: origin)
        } catch {
            throw .malformed(origin: origin, field: "", reason: "\(error)")
        }
        try manifest.validate(origin: origin)
        return manifest
    }

    /// Checks every field's value; throws the first violation, naming its field.
    public func validate(origin: String) throws(AtlasManifestError) {
        func fail(_ field: String, _ expected: String, _ found: String) -> AtlasManifestError {
            .invalidField(origin: origin, field: field, expected: expected, found: found)
        }
        let idCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789-.")
        if id.isEmpty || id.unicodeScalars.contains(where: { !idCharacters.contains($0) }) {
            throw fail("id", "lowercase letters, digits, '-' and '.'", "'\(id)'")
        }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw fail("name", "a non-empty name", "''") }
        if sources.isEmpty { throw fail("sources", "at least one source", "none") }
        for (i, s) in sources.enumerated() where !(s.url.hasPrefix("http://") || s.url.hasPrefix("https://")) {
            throw fail("sources[\(i)].url", "an http(s) URL", "'\(s.url)'")
        }
        if licence.name.isEmpty { throw fail("licence.name", "a licence name", "''") }
        if citation.isEmpty { throw fail("citation", "a citation", "''") }
        if files.isEmpty { throw fail("files", "at least one file", "none") }
        var paths = Set<String>()
        for (i, f) in files.enumerated() {
            if f.path.isEmpty || f.path.hasPrefix("/") || f.path.split(separator: "/").contains("..") {
                throw fail("files[\(i)].path", "a relative path without '..'", "'\(f.path)'")
            }
            if !paths.insert(f.path).inserted { throw fail("files[\(i)].path", "a path listed once", "'\(f.path)' again") }
            let hex = f.sha256.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
            if f.sha256.count != 64 || !hex {
                throw fail("files[\(i)].sha256", "64 lowercase hexadecimal digits", "'\(f.sha256)'")
            }
        }
        if let v = volume {
            if !(v.voxelSizeMicrometres.isFinite && v.voxelSizeMicrometres > 0) {
                throw fail("volume.voxelSizeMicrometres", "a positive number", "\(v.voxelSizeMicrometres)")
            }
            if v.dimensions.count != 3 || v.dimensions.contains(where: { $0 <= 0 }) {
                throw fail("volume.dimensions", "three positive voxel counts", "\(v.dimensions)")
            }
            if v.axes.count != 3 { throw fail("volume.axes", "three axes", "\(v.axes.count)") }
            let directions = ["AP": ["anterior", "posterior"], "DV": ["dorsal", "ventral"], "ML": ["left", "right"]]
            for (i, a) in v.axes.enumerated() {
                guard let allowed = directions[a.name] else {
                    throw fail("volume.axes[\(i)].name", "AP, DV or ML", "'\(a.name)'")
                }
                if !allowed.contains(a.increasesToward) {
                    throw fail("volume.axes[\(i)].increasesToward", allowed.joined(separator: " or "), "'\(a.increasesToward)'")
                }
            }
            if Set(v.axes.map(\.name)).count != 3 {
                throw fail("volume.axes", "AP, DV and ML once each", v.axes.map(\.name).joined(separator: ", "))
            }
        } else if sharesSpaceWith == nil {
            throw fail("volume", "a volume, or 'sharesSpaceWith' naming the atlas whose volume it uses", "neither")
        }
        for (i, l) in landmarks.enumerated() {
            if l.name.isEmpty { throw fail("landmarks[\(i)].name", "a landmark name", "''") }
            if l.source.isEmpty { throw fail("landmarks[\(i)].source", "the landmark's source", "''") }
            if l.positionMicrometres.count != 3 || l.positionMicrometres.contains(where: { !$0.isFinite }) {
                throw fail("landmarks[\(i)].positionMicrometres", "three finite numbers", "\(l.positionMicrometres)")
            }
        }
        for (i, t) in stereotaxicTransforms.enumerated() where t.isEmpty {
            throw fail("stereotaxicTransforms[\(i)]", "a transform name", "''")
        }
    }

    /// Turns a `DecodingError` into an error that names the field by its coding path.
    static func describe(_ error: DecodingError, origin: String) -> AtlasManifestError {
        func path(_ keys: [any CodingKey]) -> String {
            var s = ""
            for k in keys {
                if let i = k.intValue { s += "[\(i)]" } else { s += s.isEmpty ? k.stringValue : ".\(k.stringValue)" }
            }
            return s
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .malformed(origin: origin, field: path(context.codingPath + [key]), reason: "missing")
        case .typeMismatch(let type, let context):
            return .malformed(origin: origin, field: path(context.codingPath), reason: "expected \(type)")
        case .valueNotFound(let type, let context):
            return .malformed(origin: origin, field: path(context.codingPath), reason: "expected \(type), found null")
        case .dataCorrupted(let context):
            return .malformed(origin: origin, field: path(context.codingPath), reason: context.debugDescription)
        @unknown default:
            return .malformed(origin: origin, field: "", reason: "\(error)")
        }
    }
}
