// cdktf's jest matchers (toHaveResourceWithProperties, toBeValidTerraform, …), set up as cdktf documents it
// (`Testing.setupJest()` in a setup file); imported by each test file because jest.config.js is shared.
import 'cdktf/lib/testing/adapters/jest'; // Load types for expect matchers
import { Testing } from 'cdktf';

Testing.setupJest();
