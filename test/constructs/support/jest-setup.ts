// cdktf's jest matchers (toHaveResourceWithProperties, toBeValidTerraform, …), set up as cdktf documents it
// (`Testing.setupJest()` in a setup file); imported by each test file because jest.config.js is shared.
import 'cdktf/lib/testing/adapters/jest'; // Load types for expect matchers
import { Testing } from 'cdktf';
import '../../support/cdk-temp'; // every cdktf.outdir.* of the file's tests in one folder, removed afterwards

Testing.setupJest();
