#!/usr/bin/env bash
# Formats the sources with swift-format, then lints strictly (exits 1 on any finding).
set -euo pipefail
cd "$(dirname "$0")/.."
swift format format --in-place --recursive Sources Tests Fuzz Plugins Package.swift
swift format lint --strict --recursive Sources Tests Fuzz Plugins Package.swift
